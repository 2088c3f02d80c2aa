/** Districts and villages of the regency, their populations and access facts. */
package id.ppu.dukcapil.region;
