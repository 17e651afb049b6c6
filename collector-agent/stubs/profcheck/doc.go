// Package profcheck is an intentionally empty stand-in; see go.mod.
// Nothing in the traceprof agent binary imports it.
package profcheck
