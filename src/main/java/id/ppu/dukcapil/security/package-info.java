/** Staff accounts, roles, login lockout and the security configuration. */
package id.ppu.dukcapil.security;
