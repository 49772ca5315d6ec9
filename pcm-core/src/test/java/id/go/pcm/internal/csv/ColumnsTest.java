package id.go.pcm.internal.csv;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ColumnsTest {

    @Test
    void allListsRequiredThenOptional() {
        Columns columns = new Columns(List.of("report_id", "agency_id"), List.of("note", "extra"));

        assertEquals(List.of("report_id", "agency_id", "note", "extra"), columns.all());
    }

    @Test
    void noOptionalColumns() {
        assertEquals(List.of("a"), new Columns(List.of("a"), List.of()).all());
    }

    @Test
    void listsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<String> required = new ArrayList<>(List.of("a"));
        List<String> optional = new ArrayList<>(List.of("b"));
        Columns columns = new Columns(required, optional);

        required.add("x");
        optional.clear();

        assertEquals(List.of("a"), columns.required());
        assertEquals(List.of("b"), columns.optional());
    }

    @Test
    void listsCannotBeChanged() {
        Columns columns = new Columns(List.of("a"), List.of("b"));

        assertThrows(UnsupportedOperationException.class, () -> columns.required().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> columns.optional().add("x"));
    }
}
