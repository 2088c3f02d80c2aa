/** The Disdukcapil PPU service dashboard: one registry of civil-document cases from every channel. */
package id.ppu.dukcapil;
