package app.avenant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void an_id_is_a_version_7_uuid_carrying_its_millisecond() {
        UUID id = TimeOrderedIds.at(1_767_225_600_000L); // 2026-01-01T00:00:00Z

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_767_225_600_000L);
    }

    @Test
    void later_ids_sort_after_earlier_ones_as_text_and_as_bytes() {
        UUID earlier = TimeOrderedIds.at(1_767_225_600_000L);
        UUID later = TimeOrderedIds.at(1_767_225_600_001L);

        assertThat(later.toString()).isGreaterThan(earlier.toString());
        assertThat(Long.compareUnsigned(later.getMostSignificantBits(), earlier.getMostSignificantBits()))
                .isPositive();
    }

    @Test
    void ids_of_the_same_millisecond_still_differ() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(1_767_225_600_000L));
        }
        assertThat(ids).hasSize(10_000);
    }
}
