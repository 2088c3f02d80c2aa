/**
 * Outreach ("jemput bola") planning: the transparent village priority, the proposed schedule,
 * the record of visits, and whether visits moved residents online.
 */
package id.ppu.dukcapil.outreach;
