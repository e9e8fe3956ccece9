package se.delaktig.launcher;

import java.util.Objects;

/**
 * A bundle named by a feature: Maven coordinates {@code groupId:artifactId:version} and the order
 * in which it starts (lower first; equal orders keep the feature's order).
 */
public record FeatureBundle(String groupId, String artifactId, String version, int startOrder) {

    /** Checks the components. */
    public FeatureBundle {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    /**
     * @param id         {@code groupId:artifactId:version}
     * @param startOrder the start order
     * @return the bundle
     * @throws IllegalArgumentException for any other form of id
     */
    public static FeatureBundle parse(String id, int startOrder) {
        String[] parts = id.split(":");
        if (parts.length != 3 || id.contains("${")) {
            throw new IllegalArgumentException("bundle id '" + id + "' is not groupId:artifactId:version");
        }
        return new FeatureBundle(parts[0], parts[1], parts[2], startOrder);
    }

    /** @return {@code groupId:artifactId:version} */
    public String id() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** @return the file's path inside a Maven-layout repository */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".jar";
    }
}
