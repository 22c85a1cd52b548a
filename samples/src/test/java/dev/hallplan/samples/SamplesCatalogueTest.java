package dev.hallplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesCatalogueTest {
    @Test
    void catalogueListsEverySampleInMenuOrderWithTheProjectsOwnNameAndDescription() {
        List<SampleInfo> catalogue = Samples.catalogue();
        assertEquals(SampleProjects.NAMES, catalogue.stream().map(SampleInfo::name).toList());
        for (SampleInfo info : catalogue) {
            var project = Samples.load(info.name());
            assertEquals(project.name(), info.title());
            assertEquals(project.description(), info.description());
        }
    }
}
