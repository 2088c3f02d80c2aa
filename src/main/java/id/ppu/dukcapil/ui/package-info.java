/** Main layout, i18n, error handling and shared UI components. */
package id.ppu.dukcapil.ui;
