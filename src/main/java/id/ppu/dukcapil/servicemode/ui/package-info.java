/** The head's screen for the office's service mode, and the header's service-mode badge. */
package id.ppu.dukcapil.servicemode.ui;
