package se.delaktig.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several features run together (such as platform + plugin + reference host): their bundles in
 * start order, their configurations and framework properties merged, later features winning.
 */
public final class FeatureSet {

    private final List<Feature> features;

    /** @param features the features, in the order they are layered */
    public FeatureSet(List<Feature> features) {
        this.features = List.copyOf(features);
    }

    /** @return the features */
    public List<Feature> features() {
        return features;
    }

    /**
     * @return every bundle once, sorted by start order (stable)
     * @throws IllegalArgumentException when two features name one artifact in different versions
     */
    public List<FeatureBundle> bundles() {
        Map<String, FeatureBundle> byArtifact = new LinkedHashMap<>();
        for (Feature feature : features) {
            for (FeatureBundle bundle : feature.bundles()) {
                String key = bundle.groupId() + ":" + bundle.artifactId();
                FeatureBundle earlier = byArtifact.putIfAbsent(key, bundle);
                if (earlier != null && !earlier.version().equals(bundle.version())) {
                    throw new IllegalArgumentException(key + " is named in versions " + earlier.version()
                            + " and " + bundle.version() + " (" + feature.id() + ")");
                }
            }
        }
        List<FeatureBundle> sorted = new ArrayList<>(byArtifact.values());
        sorted.sort(Comparator.comparingInt(FeatureBundle::startOrder));
        return sorted;
    }

    /** @return the merged framework properties */
    public Map<String, String> frameworkProperties() {
        Map<String, String> merged = new LinkedHashMap<>();
        features.forEach(f -> merged.putAll(f.frameworkProperties()));
        return merged;
    }

    /** @return the merged configurations, PID to properties */
    public Map<String, Map<String, Object>> configurations() {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        features.forEach(f -> merged.putAll(f.configurations()));
        return merged;
    }
}
