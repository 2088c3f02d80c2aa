/** Clerks' intake screens: the WhatsApp triage queue and CSV import. */
package id.ppu.dukcapil.intake.ui;
