/** What every feature builds on and which knows no feature: WITA time, domain exceptions, message keys, the database bootstrap. */
package id.ppu.dukcapil.base;
