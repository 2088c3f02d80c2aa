/** UI building blocks every feature's screens use and which know no feature: notifications, formats, date pickers, translations. */
package id.ppu.dukcapil.base.ui;
