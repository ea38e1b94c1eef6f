package app.avenant.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StampedByContractTest {

    private final StampedByContract<UUID, String> kept = new StampedByContract<>(2);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void a_value_is_read_again_only_when_its_contract_row_moved_on() {
        UUID contract = UUID.randomUUID();

        assertThat(kept.get(contract, 3, () -> read("v3"))).isEqualTo("v3");
        assertThat(kept.get(contract, 3, () -> read("not read"))).isEqualTo("v3");
        assertThat(reads).hasValue(1);

        assertThat(kept.get(contract, 4, () -> read("v4"))).isEqualTo("v4");
        assertThat(kept.get(contract, 4, () -> read("not read"))).isEqualTo("v4");
        assertThat(reads).hasValue(2);
    }

    @Test
    void only_the_contracts_last_used_are_kept() {
        UUID first = UUID.randomUUID();
        kept.get(first, 1, () -> read("a"));
        kept.get(UUID.randomUUID(), 1, () -> read("b"));
        kept.get(UUID.randomUUID(), 1, () -> read("c"));

        assertThat(kept.get(first, 1, () -> read("a again"))).isEqualTo("a again");
        assertThat(reads).hasValue(4);
    }
}
