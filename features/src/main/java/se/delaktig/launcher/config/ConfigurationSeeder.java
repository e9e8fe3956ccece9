package se.delaktig.launcher.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Gives ConfigAdmin the default configurations of the features, before the components that use
 * them start. A configuration that already exists (an administrator's file read by FileInstall)
 * is left alone: the administrator's file replaces the feature's default for that PID. So is a PID
 * whose file waits in FileInstall's folder but has not been read yet: FileInstall and this seeder
 * start together, and seeding first would race FileInstall for the same PID. String
 * values may name framework properties as {@code $[prop:NAME]} (the syntax of Felix's
 * interpolation plugin), e.g. a URL that follows the port the launcher was given.
 *
 * <p>Works from outside the framework too (the launcher), so it calls ConfigAdmin reflectively:
 * the launcher's class loader does not share the {@code org.osgi.service.cm} classes.
 */
public final class ConfigurationSeeder {

    private static final String CONFIGURATION_ADMIN = "org.osgi.service.cm.ConfigurationAdmin";
    private static final String ANY_LOCATION = "?";
    private static final String FILEINSTALL_DIR = "felix.fileinstall.dir";

    private ConfigurationSeeder() {
    }

    /**
     * @param context a bundle context of the framework
     * @return whether ConfigAdmin is registered yet
     */
    public static boolean ready(BundleContext context) {
        return context.getServiceReference(CONFIGURATION_ADMIN) != null;
    }

    /**
     * @param context        a bundle context of the framework
     * @param configurations PID ({@code factoryPid~name} for factory configurations) to properties
     * @return the number of configurations created
     * @throws IllegalStateException when ConfigAdmin is missing or refuses a configuration
     */
    public static int seed(BundleContext context, Map<String, Map<String, Object>> configurations) {
        ServiceReference<?> reference = context.getServiceReference(CONFIGURATION_ADMIN);
        if (reference == null) {
            throw new IllegalStateException("ConfigAdmin is not running: cannot apply the features' configurations");
        }
        Object admin = context.getService(reference);
        try {
            Class<?> adminType = reference.getBundle().loadClass(CONFIGURATION_ADMIN);
            int created = 0;
            for (Map.Entry<String, Map<String, Object>> entry : configurations.entrySet()) {
                if (administratorFileFor(context.getProperty(FILEINSTALL_DIR), entry.getKey())) {
                    continue;
                }
                Dictionary<String, Object> properties = TypedValues.toDictionary(entry.getKey(),
                        TypedValues.interpolate(entry.getValue(), context::getProperty));
                Object configuration = configuration(adminType, admin, entry.getKey());
                Method getProperties = configuration.getClass().getMethod("getProperties");
                getProperties.setAccessible(true);
                if (getProperties.invoke(configuration) == null) {
                    Method update = configuration.getClass().getMethod("update", Dictionary.class);
                    update.setAccessible(true);
                    update.invoke(configuration, properties);
                    created++;
                }
            }
            return created;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("ConfigAdmin cannot be called: " + e, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("ConfigAdmin refused a configuration: " + e.getCause(), e.getCause());
        } finally {
            context.ungetService(reference);
        }
    }

    /**
     * @param folder FileInstall's folder, or {@code null} without one
     * @param pid    a PID, or {@code factoryPid~name}
     * @return whether the folder holds an administrator's file for the PID ({@code pid.cfg} or
     *         {@code pid.config}; {@code factoryPid-name.cfg} for a factory configuration)
     */
    static boolean administratorFileFor(String folder, String pid) {
        if (folder == null || folder.isBlank()) {
            return false;
        }
        String name = pid.replace('~', '-');
        Path dir = Path.of(folder);
        return Files.isRegularFile(dir.resolve(name + ".cfg")) || Files.isRegularFile(dir.resolve(name + ".config"));
    }

    private static Object configuration(Class<?> adminType, Object admin, String pid)
            throws NoSuchMethodException, IllegalAccessException, InvocationTargetException {
        int tilde = pid.indexOf('~');
        if (tilde > 0) {
            return adminType.getMethod("getFactoryConfiguration", String.class, String.class, String.class)
                    .invoke(admin, pid.substring(0, tilde), pid.substring(tilde + 1), ANY_LOCATION);
        }
        return adminType.getMethod("getConfiguration", String.class, String.class).invoke(admin, pid, ANY_LOCATION);
    }
}
