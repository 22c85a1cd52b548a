package dev.hallplan.engine.project.file;

import dev.hallplan.catalog.Catalog;
import java.util.Objects;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * What a project may refer to outside itself, for {@link ProjectValidator}: the hardware catalog,
 * the model zoo (ids and context lengths) and the solver's constraint names. The engine's gate
 * ({@code engine.usecase.ProjectGate}) builds it from the catalog and zoo in use.
 *
 * @param catalog         hardware and serving engines the ids refer to
 * @param knownModelId    true for model ids the model zoo (or the project) knows
 * @param contextTokens   longest sequence (prompt plus output) of a model id; 0 when not known or not an LLM
 * @param constraintNames the names {@code constraintWeights} may use, in the order messages list them
 */
public record ProjectReferences(Catalog catalog, Predicate<String> knownModelId, ToIntFunction<String> contextTokens,
        List<String> constraintNames) {
    public ProjectReferences {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(knownModelId, "knownModelId");
        Objects.requireNonNull(contextTokens, "contextTokens");
        constraintNames = List.copyOf(constraintNames);
    }
}
