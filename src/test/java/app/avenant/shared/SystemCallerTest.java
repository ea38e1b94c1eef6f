package app.avenant.shared;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SystemCallerTest {

    @Test
    void system_only_work_is_refused_outside_a_system_run() {
        assertThat(SystemCaller.isActive()).isFalse();
        assertThatThrownBy(SystemCaller::require).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_system_run_is_active_inside_even_when_nested_and_ends_with_it() {
        boolean insideNested = SystemCaller.run(() -> SystemCaller.run(SystemCaller::isActive));
        boolean afterNested = SystemCaller.run(() -> {
            SystemCaller.run(() -> { });
            return SystemCaller.isActive();
        });

        assertThat(insideNested).isTrue();
        assertThat(afterNested).isTrue();
        assertThat(SystemCaller.isActive()).isFalse();
    }

    @Test
    void a_failing_system_run_does_not_leave_the_thread_privileged() {
        assertThatThrownBy(() -> SystemCaller.run(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(SystemCaller.isActive()).isFalse();
    }
}
