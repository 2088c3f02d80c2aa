-- The dashboard's WhatsApp figures (issue 11) read residents' messages by the day they arrived:
-- the waits for a clerk's answer (messages with a case) and the opt-outs (BERHENTI, kept without one).
create index inbound_message_received_idx on inbound_message (received_at);
