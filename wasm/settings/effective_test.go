package settings

import (
	"math"
	"reflect"
	"testing"
)

func TestEffect(t *testing.T) {
	none := Effective{ClearSeconds: DefaultClear, RememberTokenAllowed: true, LoginTestAllowed: true, Ignored: []string{}}
	with := func(f func(*Effective)) Effective {
		e := none
		e.Ignored = []string{}
		f(&e)
		return e
	}
	for _, c := range []struct {
		name  string
		user  Settings
		admin Admin
		want  Effective
	}{
		{"nothing set", Settings{}, nil, none},
		{"an empty policy (Chromium before the policy arrives)", Settings{}, Admin{}, none},
		{"the user's own", Settings{ClearSeconds: 90, HintsOff: true}, Admin{}, with(func(e *Effective) { e.ClearSeconds, e.HintsOff = 90, true })},
		{"a stored value out of range", Settings{ClearSeconds: 3}, Admin{}, none},
		{"the admin's timeout over the user's", Settings{ClearSeconds: 90}, Admin{"clearSeconds": 15.0},
			with(func(e *Effective) { e.ClearSeconds, e.Managed.ClearSeconds = 15, true })},
		{"the bounds themselves", Settings{}, Admin{"clearSeconds": 5.0},
			with(func(e *Effective) { e.ClearSeconds, e.Managed.ClearSeconds = 5, true })},
		{"the upper bound", Settings{}, Admin{"clearSeconds": 600.0},
			with(func(e *Effective) { e.ClearSeconds, e.Managed.ClearSeconds = 600, true })},
		{"below the range: the user's applies", Settings{ClearSeconds: 90}, Admin{"clearSeconds": 4.0},
			with(func(e *Effective) { e.ClearSeconds, e.Ignored = 90, []string{"clearSeconds"} })},
		{"above the range: the default applies", Settings{}, Admin{"clearSeconds": 601.0},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"a fraction", Settings{}, Admin{"clearSeconds": 12.5},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"a string (Firefox does not check types)", Settings{ClearSeconds: 60}, Admin{"clearSeconds": "15"},
			with(func(e *Effective) { e.ClearSeconds, e.Ignored = 60, []string{"clearSeconds"} })},
		{"not a number", Settings{}, Admin{"clearSeconds": math.NaN()},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"infinity", Settings{}, Admin{"clearSeconds": math.Inf(1)},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"an object", Settings{}, Admin{"clearSeconds": nil},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"null", Settings{}, Admin{"hintsOff": nil},
			with(func(e *Effective) { e.Ignored = []string{"hintsOff"} })},
		{"hints off by the admin", Settings{}, Admin{"hintsOff": true},
			with(func(e *Effective) { e.HintsOff, e.Managed.HintsOff = true, true })},
		{"hints on by the admin, off by the user", Settings{HintsOff: true}, Admin{"hintsOff": false},
			with(func(e *Effective) { e.Managed.HintsOff = true })},
		{"hints as a string: the user's applies", Settings{HintsOff: true}, Admin{"hintsOff": "true"},
			with(func(e *Effective) { e.HintsOff, e.Ignored = true, []string{"hintsOff"} })},
		{"hints as a number", Settings{}, Admin{"hintsOff": 1.0},
			with(func(e *Effective) { e.Ignored = []string{"hintsOff"} })},
		{"remember forbidden", Settings{}, Admin{"rememberTokenAllowed": false},
			with(func(e *Effective) { e.RememberTokenAllowed, e.Managed.RememberToken = false, true })},
		{"remember allowed explicitly", Settings{}, Admin{"rememberTokenAllowed": true},
			with(func(e *Effective) { e.Managed.RememberToken = true })},
		{"remember as a string stays allowed", Settings{}, Admin{"rememberTokenAllowed": "false"},
			with(func(e *Effective) { e.Ignored = []string{"rememberTokenAllowed"} })},
		{"login test forbidden", Settings{}, Admin{"loginTestAllowed": false},
			with(func(e *Effective) { e.LoginTestAllowed, e.Managed.LoginTest = false, true })},
		{"login test as a number stays allowed", Settings{}, Admin{"loginTestAllowed": 0.0},
			with(func(e *Effective) { e.Ignored = []string{"loginTestAllowed"} })},
		{"unknown keys are no concern", Settings{}, Admin{"clearSecs": 10.0, "": true}, none},
		{"all at once, one bad", Settings{ClearSeconds: 45},
			Admin{"clearSeconds": 1000.0, "hintsOff": true, "rememberTokenAllowed": false, "loginTestAllowed": false},
			Effective{ClearSeconds: 45, HintsOff: true, Ignored: []string{"clearSeconds"},
				Managed: Managed{HintsOff: true, RememberToken: true, LoginTest: true}}},
	} {
		if got := Effect(c.user, c.admin); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Effect(%+v, %v)\n got %+v\nwant %+v", c.name, c.user, c.admin, got, c.want)
		}
	}
}

func TestKeep(t *testing.T) {
	stored := Settings{ClearSeconds: 90, HintsOff: true}
	next := Settings{ClearSeconds: 15, HintsOff: false}
	for _, c := range []struct {
		m    Managed
		want Settings
	}{
		{Managed{}, next},
		{Managed{ClearSeconds: true}, Settings{ClearSeconds: 90}},
		{Managed{HintsOff: true}, Settings{ClearSeconds: 15, HintsOff: true}},
		{Managed{ClearSeconds: true, HintsOff: true, RememberToken: true}, stored},
	} {
		if got := Keep(stored, next, c.m); got != c.want {
			t.Errorf("Keep(%+v, %+v, %+v) = %+v, want %+v", stored, next, c.m, got, c.want)
		}
	}
}
