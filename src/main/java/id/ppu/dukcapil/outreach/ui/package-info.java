/** The planner's screens: priorities and schedule, visits, and the effect of visits. */
package id.ppu.dukcapil.outreach.ui;
