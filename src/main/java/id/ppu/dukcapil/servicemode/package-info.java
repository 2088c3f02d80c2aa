/** The office's service mode (normal, limited hours, online only): its history and who changed it. */
package id.ppu.dukcapil.servicemode;
