/** Deterministic demo data: a believable history of the regency's cases since 2019. */
package id.ppu.dukcapil.demo;
