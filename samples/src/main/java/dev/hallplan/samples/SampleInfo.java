package dev.hallplan.samples;

/**
 * A sample as a menu lists it.
 *
 * @param name        the resource name, for {@link Samples#load(String)}
 * @param title       the sample project's name
 * @param description the sample project's one-line description
 */
public record SampleInfo(String name, String title, String description) {
}
