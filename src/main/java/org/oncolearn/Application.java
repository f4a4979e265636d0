package org.oncolearn;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.oncolearn.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** OncoLearn: lessons and checks about cancer immunotherapies and targeted therapies. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("app/oncolearn.css")
@Viewport("width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            Cli.main(args);
            return;
        }
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
