/** The office calendar: the one list of public holidays that every feature counting working days shares. */
package id.ppu.dukcapil.calendar;
