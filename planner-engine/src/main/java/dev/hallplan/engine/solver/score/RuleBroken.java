package dev.hallplan.engine.solver.score;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why a placement rule is broken, as one readable sentence. */
public record RuleBroken(String message) implements ConstraintJustification {
}
