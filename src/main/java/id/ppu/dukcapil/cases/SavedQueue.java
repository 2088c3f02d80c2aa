package id.ppu.dukcapil.cases;

/** A clerk's saved queue: a name, its filter, its owner and whether the office may use it too. */
public record SavedQueue(long id, String owner, String name, QueueFilter filter, boolean shared) {}
