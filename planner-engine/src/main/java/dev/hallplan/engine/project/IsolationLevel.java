package dev.hallplan.engine.project;

/** How far a tenant's replicas must be kept from other tenants'. */
public enum IsolationLevel {
    /** Replicas may share servers with other tenants. */
    SHARED,
    /** No other tenant on the same server. */
    DEDICATED_SERVER,
    /** No other tenant in the same rack. */
    DEDICATED_RACK
}
