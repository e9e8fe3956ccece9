package se.delaktig.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds bundle files in Maven-layout repositories, the first repository that has one winning. */
public final class ArtifactRepository {

    private final List<Path> roots;

    /** @param roots repository roots, searched in order */
    public ArtifactRepository(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * @param bundle a feature bundle
     * @return the bundle's file
     * @throws IllegalStateException when no repository has it
     */
    public Path resolve(FeatureBundle bundle) {
        for (Path root : roots) {
            Path candidate = root.resolve(bundle.repositoryPath());
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(bundle.id() + " is in none of " + roots
                + ": build first (mvn -DskipTests package)");
    }

    /**
     * @param bundles feature bundles
     * @return their files, in the same order
     * @throws IllegalStateException naming every missing bundle
     */
    public List<Path> resolveAll(List<FeatureBundle> bundles) {
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FeatureBundle bundle : bundles) {
            try {
                files.add(resolve(bundle));
            } catch (IllegalStateException e) {
                missing.add(bundle.id());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not found in " + roots + ": " + missing
                    + " (build first: mvn -DskipTests package)");
        }
        return files;
    }
}
