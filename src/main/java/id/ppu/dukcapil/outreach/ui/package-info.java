/** The outreach screens: the planner's priorities, schedule, visits and effect; the clerks' cases of a visit. */
package id.ppu.dukcapil.outreach.ui;
