/**
 * Omnichannel intake: the channel API, the WhatsApp webhook and CSV import, all registering
 * requests through the one intake path of the cases feature.
 */
package id.ppu.dukcapil.intake;
