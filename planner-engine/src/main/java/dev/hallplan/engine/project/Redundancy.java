package dev.hallplan.engine.project;

/** How a power or cooling path is backed up. */
public enum Redundancy {
    /** No spare: the load must fit the sum of all units. */
    N,
    /** One spare unit: the load must fit with the largest unit lost. */
    N_PLUS_1,
    /** Two full paths (A and B): the load must fit on one path alone. */
    TWO_N
}
