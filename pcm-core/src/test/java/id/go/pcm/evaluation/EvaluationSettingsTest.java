package id.go.pcm.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The evaluation's configuration and its defaults (SPEC 2). */
class EvaluationSettingsTest {

    private static final EvaluationSettings D = EvaluationSettings.DEFAULTS;

    @Test
    void defaultsAreThoseOfSpec2() {
        assertEquals(0.3, D.reportWeight());
        assertEquals(0.5, D.coverageWeight());
        assertEquals(0.2, D.timelinessWeight());
        assertEquals(5, D.deadlineDay());
        assertEquals(72, D.defaultDueHours());
        assertEquals(CategoryBounds.DEFAULT, D.bounds());
    }

    @Test
    void negativeWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> D.withWeights(-0.1, 0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> D.withWeights(0.3, -0.5, 0.2));
        assertThrows(IllegalArgumentException.class, () -> D.withWeights(0.3, 0.5, -0.2));
    }

    @Test
    void zeroWeightsAreAllowed() {
        assertEquals(0.0, D.withWeights(0, 1, 0).reportWeight());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 29, 31})
    void deadlineDayOutside1To28IsRefused(int day) {
        assertThrows(IllegalArgumentException.class, () -> D.withDeadlineDay(day));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 28})
    void deadlineDayInside1To28IsKept(int day) {
        assertEquals(day, D.withDeadlineDay(day).deadlineDay());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -72, 721})
    void defaultWindowOutside1To720HoursIsRefused(int hours) {
        assertThrows(IllegalArgumentException.class, () -> D.withDefaultDueHours(hours));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 720})
    void defaultWindowInside1To720HoursIsKept(int hours) {
        assertEquals(hours, D.withDefaultDueHours(hours).defaultDueHours());
    }

    @Test
    void boundsAreRequired() {
        assertThrows(NullPointerException.class, () -> D.withBounds(null));
    }

    @Test
    void eachWitherChangesOnlyItsPart() {
        CategoryBounds bounds = new CategoryBounds(95, 85, 70, 50);
        assertEquals(new EvaluationSettings(0.4, 0.4, 0.2, 5, 72, CategoryBounds.DEFAULT), D.withWeights(0.4, 0.4, 0.2));
        assertEquals(new EvaluationSettings(0.3, 0.5, 0.2, 10, 72, CategoryBounds.DEFAULT), D.withDeadlineDay(10));
        assertEquals(new EvaluationSettings(0.3, 0.5, 0.2, 5, 48, CategoryBounds.DEFAULT), D.withDefaultDueHours(48));
        assertEquals(new EvaluationSettings(0.3, 0.5, 0.2, 5, 72, bounds), D.withBounds(bounds));
    }

    @org.junit.jupiter.api.Test
    void refusesWeightsThatDoNotAddUpToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> D.withWeights(0.5, 0.5, 0.2));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("add up to 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> D.withWeights(0.3, 0.5, 0.1));
    }

    @org.junit.jupiter.api.Test
    void refusesBoundsOutsideTheScoreRange() {
        assertThrows(IllegalArgumentException.class, () -> new CategoryBounds(101, 80, 60, 40));
        assertThrows(IllegalArgumentException.class, () -> new CategoryBounds(90, 80, 60, -1));
    }
}
