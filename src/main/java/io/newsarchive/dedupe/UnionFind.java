package io.newsarchive.dedupe;

import java.util.ArrayList;
import java.util.List;

/** Disjoint sets over 0..n-1, for clustering from edges; components come out in order of their smallest member. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Components with more than one member, each sorted ascending, in order of their smallest member. */
    List<List<Integer>> groups() {
        // a root is its component's smallest member (union keeps the smaller root), so components appear in order
        // of their roots as the members are visited in ascending order
        int[] size = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            size[find(i)]++;
        }
        int[] groupOfRoot = new int[parent.length];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(i);
            if (size[root] < 2) {
                continue;
            }
            if (root == i) {
                groupOfRoot[root] = out.size();
                out.add(new ArrayList<>(size[root]));
            }
            out.get(groupOfRoot[root]).add(i);
        }
        return out;
    }
}
