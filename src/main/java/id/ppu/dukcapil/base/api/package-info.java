/** What every feature's HTTP API shares: parameter errors and the problem+json answer. */
package id.ppu.dukcapil.base.api;
