package dev.hallplan.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreLevelsTest {
    @Test
    void readsTheThreeLevelsWithOrWithoutAnInitPrefix() {
        assertEquals(Optional.of(new ScoreLevels(0, -12000, -3400000)), ScoreLevels.parse("0hard/-12000medium/-3400000soft"));
        assertEquals(Optional.of(new ScoreLevels(-5, 0, 7)), ScoreLevels.parse("-3init/-5hard/0medium/7soft"));
    }

    @Test
    void anythingElseIsNotAScore() {
        assertEquals(Optional.empty(), ScoreLevels.parse("null"));
        assertEquals(Optional.empty(), ScoreLevels.parse("0hard/-1soft"));
        assertEquals(Optional.empty(), ScoreLevels.parse(null));
    }
}
