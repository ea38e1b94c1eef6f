package app.avenant.operations;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller buffers for the connections a signed-in page keeps open (issue 13, point 2; decision 0039).
 *
 * <p>Every open page holds one push WebSocket for as long as it is open, and usually one idle keep-alive HTTP
 * connection. Tomcat gives each connection 8 KB to read and 8 KB to write, and each WebSocket four more buffers
 * of 8 K (bytes or characters) sized for messages the browser would send over it. Vaadin's push sends only from
 * the server (the browser's requests go by XHR), so those inbound buffers stay empty for the page's whole life;
 * outbound, a message longer than the buffer simply goes out in several frames. Measured by
 * {@code load/run-session-memory.sh}, these buffers were some 100 KB of each signed-in session's memory.
 *
 * <p>Tomcat grows a WebSocket's message buffer to what Atmosphere asks (16 K) when a message does arrive, so
 * nothing is refused; system properties and context parameters the operator sets win.
 *
 * <p>Atmosphere, which carries Vaadin's push, also gives each WebSocket 16 K of bytes and 16 K of characters (48 KB)
 * to gather a message the browser sends in fragments; Vaadin sets that size when it creates Atmosphere, over any
 * parameter of ours, so it is set again once Vaadin has done so (decision 0041). Atmosphere grows those buffers when
 * a longer message arrives.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    /** Tomcat's WebSocket buffers to read frames and to write them, read once when its classes load. */
    static final String WEBSOCKET_IO_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    static final String WEBSOCKET_TEXT_MESSAGE = "org.apache.tomcat.websocket.textBufferSize";
    static final String WEBSOCKET_BINARY_MESSAGE = "org.apache.tomcat.websocket.binaryBufferSize";

    private static final String IO_BYTES = "2048";
    private static final String INBOUND_MESSAGE = "1024";
    private static final String SOCKET_BYTES = "4096";

    /** Atmosphere's buffers to gather a WebSocket message sent in fragments, read at each new WebSocket. */
    static final String ATMOSPHERE_WEBSOCKET_BUFFER = "org.atmosphere.websocket.bufferSize";

    private static final Logger log = LoggerFactory.getLogger(ConnectionBuffers.class);

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers() {
        return connector -> {
            // before the WebSocket classes load: the server starts after its customizers have run
            if (System.getProperty(WEBSOCKET_IO_BUFFER) == null) {
                System.setProperty(WEBSOCKET_IO_BUFFER, IO_BYTES);
            }
            connector.setProperty("socket.appReadBufSize", SOCKET_BYTES);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BYTES);
        };
    }

    @Bean
    TomcatContextCustomizer smallInboundWebSocketMessages() {
        return context -> {
            if (context.findParameter(WEBSOCKET_TEXT_MESSAGE) == null) {
                context.addParameter(WEBSOCKET_TEXT_MESSAGE, INBOUND_MESSAGE);
            }
            if (context.findParameter(WEBSOCKET_BINARY_MESSAGE) == null) {
                context.addParameter(WEBSOCKET_BINARY_MESSAGE, INBOUND_MESSAGE);
            }
        };
    }

    @Bean
    VaadinServiceInitListener smallPushMessageBuffers() {
        return event -> {
            if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
                return;
            }
            // Vaadin keeps the Atmosphere it created for its servlet in the servlet context
            ServletContext context = service.getServlet().getServletContext();
            int set = 0;
            for (String name : Collections.list(context.getAttributeNames())) {
                if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter(ATMOSPHERE_WEBSOCKET_BUFFER, INBOUND_MESSAGE);
                    set++;
                }
            }
            if (set == 0) {
                log.info("Push WebSocket message buffers left at Vaadin's size: no Atmosphere found");
            }
        };
    }
}
