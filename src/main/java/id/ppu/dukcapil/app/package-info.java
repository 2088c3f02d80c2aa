/** The application shell above the features: main layout and menu, home forward, UI set-up, session error handling. */
package id.ppu.dukcapil.app;
