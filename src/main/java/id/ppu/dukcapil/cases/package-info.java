/** Service cases, their state machine, identity-number rules and history. */
package id.ppu.dukcapil.cases;
