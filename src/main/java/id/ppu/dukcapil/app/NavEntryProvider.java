package id.ppu.dukcapil.app;

import java.util.List;

/** Implemented by each feature to put its views into the side navigation. */
public interface NavEntryProvider {

    List<MainLayout.NavEntry> entries();
}
