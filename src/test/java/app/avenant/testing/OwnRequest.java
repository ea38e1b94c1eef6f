package app.avenant.testing;

import java.util.function.Supplier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Work as a person's next click does it: in a request of its own. A Spring test method runs in one request, in
 * which what was read once is remembered (RequestMemo, decision 0035); a test that counts what a click costs, or
 * reads what other threads committed, starts a new one.
 */
public final class OwnRequest {

    private OwnRequest() {}

    public static <T> T of(Supplier<T> work) {
        RequestAttributes outer = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return work.get();
        } finally {
            RequestContextHolder.setRequestAttributes(outer);
        }
    }

    public static void run(Runnable work) {
        of(() -> {
            work.run();
            return null;
        });
    }
}
