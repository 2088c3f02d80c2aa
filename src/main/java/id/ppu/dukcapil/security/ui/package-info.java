/** Login screen and account-related views. */
package id.ppu.dukcapil.security.ui;
