-- WhatsApp deliveries are never lost: every inbound message type is kept with what a clerk needs
-- to triage it (issue 9). Fetching the media bytes comes later; the media id is what fetches them.

-- A sender is a phone number (wa_id) or, for residents who adopt a WhatsApp username, Meta's
-- business-scoped user id ("ID." and up to 128 characters). Longer values are cut by the app and
-- noted in intake_problem, so a delivery never fails on this check.
alter table inbound_message drop constraint inbound_message_sender_check;
alter table inbound_message add constraint inbound_message_sender_check check (length(sender) between 1 and 256);

alter table inbound_message
    -- Image, video, audio, sticker or document: the Cloud API media id and its MIME type.
    add column media_id       text check (length(media_id) <= 256),
    add column mime_type      text check (length(mime_type) <= 200),
    -- A document's file name ("kk.pdf").
    add column file_name      text check (length(file_name) <= 500),
    -- What the resident did not write but the clerk needs: a location's name and address, shared
    -- contacts, the id of a chosen reply or of the message reacted to, why a type is unsupported.
    add column detail         text check (length(detail) <= 2000),
    add column latitude       double precision check (latitude between -90 and 90),
    add column longitude      double precision check (longitude between -180 and 180),
    -- What intake could not keep as sent (a value cut to its limit, a message that could not join
    -- its conversation): codes, comma separated, for the clerk and for support.
    add column intake_problem text check (length(intake_problem) <= 500);
