// Command kustomize renders kustomizations with the kustomize library (sigs.k8s.io/kustomize/api, what
// `kubectl kustomize` runs) and checks each rendered object by decoding it strictly into its typed k8s.io/api
// struct, so an unknown or mistyped field fails offline, without a cluster.
//
// Usage: kustomize DIR... prints {"DIR": [object, ...], ...} as JSON on stdout; any render or schema error is
// printed on stderr naming the directory and the object, and the exit code is 1.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
	"sigs.k8s.io/yaml"
)

// kinds maps apiVersion/kind to a fresh typed object; a kind not listed here is an error.
var kinds = map[string]func() any{
	"v1/ConfigMap":                  func() any { return &corev1.ConfigMap{} },
	"v1/Secret":                     func() any { return &corev1.Secret{} },
	"v1/Service":                    func() any { return &corev1.Service{} },
	"v1/ServiceAccount":             func() any { return &corev1.ServiceAccount{} },
	"apps/v1/Deployment":            func() any { return &appsv1.Deployment{} },
	"batch/v1/Job":                  func() any { return &batchv1.Job{} },
	"policy/v1/PodDisruptionBudget": func() any { return &policyv1.PodDisruptionBudget{} },
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: kustomize DIR...")
		os.Exit(2)
	}
	out := map[string][]json.RawMessage{}
	failed := false
	for _, dir := range os.Args[1:] {
		objects, errs := render(dir)
		for _, err := range errs {
			fmt.Fprintf(os.Stderr, "%s: %v\n", dir, err)
			failed = true
		}
		out[dir] = objects
	}
	if failed {
		os.Exit(1)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// render builds one kustomization and checks every object it yields; it returns the objects as JSON.
func render(dir string) ([]json.RawMessage, []error) {
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	resources, err := k.Run(filesys.MakeFsOnDisk(), dir)
	if err != nil {
		return nil, []error{err}
	}
	var objects []json.RawMessage
	var errs []error
	for _, r := range resources.Resources() {
		id := fmt.Sprintf("%s/%s %s", r.GetApiVersion(), r.GetKind(), r.GetName())
		doc, err := r.AsYAML()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", id, err))
			continue
		}
		if err := check(r.GetApiVersion()+"/"+r.GetKind(), doc); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", id, err))
			continue
		}
		raw, err := r.MarshalJSON()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", id, err))
			continue
		}
		objects = append(objects, raw)
	}
	return objects, errs
}

// check decodes doc into the typed struct of its kind, refusing unknown fields and wrong types.
func check(gvk string, doc []byte) error {
	make, ok := kinds[gvk]
	if !ok {
		return fmt.Errorf("kind %s is not one the schema check knows", gvk)
	}
	return yaml.UnmarshalStrict(doc, make())
}
