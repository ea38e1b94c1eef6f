package app.avenant.performance;

/** A scope item's month against its flex range (edges are inside). */
public enum VolumeStatus {
    INSIDE,
    ABOVE,
    BELOW,
    /** the item has no volume terms */
    NO_VOLUME_TERMS
}
