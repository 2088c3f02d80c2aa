package id.ppu.dukcapil.outreach;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A village an outreach visit covers, with the turnout expected from it when planned. */
@Embeddable
class CoveredVillage {

    private String villageCode;
    private int expectedTurnout;

    protected CoveredVillage() {}

    CoveredVillage(String villageCode, int expectedTurnout) {
        this.villageCode = villageCode;
        this.expectedTurnout = expectedTurnout;
    }

    String getVillageCode() {
        return villageCode;
    }

    int getExpectedTurnout() {
        return expectedTurnout;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoveredVillage other
                && villageCode.equals(other.villageCode)
                && expectedTurnout == other.expectedTurnout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(villageCode, expectedTurnout);
    }
}
