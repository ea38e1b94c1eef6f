package app.avenant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Avenant: one portal per outsourcing contract, shared by the PME and its provider. */
@SpringBootApplication
public class AvenantApplication {

    public static void main(String[] args) {
        SpringApplication.run(AvenantApplication.class, args);
    }
}
