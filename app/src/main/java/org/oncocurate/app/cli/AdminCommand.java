package org.oncocurate.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.embedded.EmbeddedDatabase;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.AccountException;
import org.oncocurate.store.account.TokenScope;
import org.oncocurate.store.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Account administration straight on the database, for the first editor and for automation: the database of
 * {@code ONCOCURATE_JDBC_URL}, else the embedded one under the data directory (which must not be running then).
 * Passwords are read from the terminal, or from standard input with {@code --password-stdin}; never from arguments.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage accounts directly in the database (the first editor, API tokens for automation).",
        subcommands = {AdminCommand.AddUser.class, AdminCommand.SetPassword.class, AdminCommand.CreateToken.class})
final class AdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class AddUser implements Callable<Integer> {
        @Parameters(paramLabel = "USER")
        String username;

        @Option(names = "--role", defaultValue = "curator", description = "curator (default) or editor.")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() throws Exception {
            Role chosen = Role.fromLabel(role);
            String password = password(passwordFromStdin);
            Account account = withStore(config.settings(), store -> store.accounts().create(username, chosen,
                    password, "curate admin"));
            System.out.println("added " + account.role().label() + " " + account.username());
            return 0;
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true, description = "Set an account's password.")
    static final class SetPassword implements Callable<Integer> {
        @Parameters(paramLabel = "USER")
        String username;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() throws Exception {
            String password = password(passwordFromStdin);
            withStore(config.settings(), store -> {
                store.accounts().changePassword("curate admin", username, password);
                return null;
            });
            System.out.println("password of " + username + " changed");
            return 0;
        }
    }

    @Command(name = "create-token", mixinStandardHelpOptions = true,
            description = "Create an API token for an account and print it (it is shown only once).")
    static final class CreateToken implements Callable<Integer> {
        @Parameters(paramLabel = "USER")
        String username;

        @Option(names = "--label", defaultValue = "command line", description = "What the token is for.")
        String label;

        @Option(names = "--scope", defaultValue = "review",
                description = "read, review (default: reads, uploads, decisions) or admin (all the account's role "
                        + "allows).")
        String scope;

        @Option(names = "--days", defaultValue = "90", description = "How many days the token lives (at most 365).")
        long days;

        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() {
            String token = withStore(config.settings(), store -> {
                Account account = store.accounts().find(username)
                        .orElseThrow(() -> new AccountException(404, "no account " + username));
                return store.tokens().create(account, label, TokenScope.fromLabel(scope), Duration.ofDays(days));
            });
            System.out.println(token);
            return 0;
        }
    }

    static <T> T withStore(Settings settings, Function<StoreServices, T> work) {
        EmbeddedDatabase embedded = null;
        String url = settings.database().jdbcUrl().orElse(null);
        String user = settings.database().user();
        String password = settings.database().password();
        try {
            if (url == null) {
                try {
                    embedded = EmbeddedDatabase.start(settings.embedded().dataDir().resolve("postgres"),
                            settings.embedded().postgresPort());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("cannot open the embedded database under "
                            + settings.embedded().dataDir() + " (" + e.getMessage() + "); stop the running system "
                            + "first, or set ONCOCURATE_JDBC_URL to its database");
                }
                url = embedded.jdbcUrl();
                user = embedded.user();
                password = "";
            }
            try (Database database = Database.connect(url, user, password, 2)) {
                return work.apply(StoreServices.over(database, settings.ingest().maxBytes(), Clock.systemUTC()));
            } catch (AccountException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    static String password(boolean fromStdin) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("no password on standard input");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for the password; use --password-stdin");
        }
        char[] first = console.readPassword("Password (12 characters or more): ");
        char[] again = console.readPassword("Again: ");
        try {
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the passwords differ");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (again != null) {
                Arrays.fill(again, ' ');
            }
        }
    }
}
