package settings

import (
	"math"
	"reflect"
	"testing"

	"tokenhelper/wasm/message"
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
		user  message.Settings
		admin Admin
		want  Effective
	}{
		{"nothing set", message.Settings{}, nil, none},
		{"an empty policy (Chromium before the policy arrives)", message.Settings{}, Admin{}, none},
		{"the user's own", message.Settings{ClearSeconds: 90, HintsOff: true}, Admin{}, with(func(e *Effective) { e.ClearSeconds, e.HintsOff = 90, true })},
		{"a stored value out of range", message.Settings{ClearSeconds: 3}, Admin{}, none},
		{"the admin's timeout over the user's", message.Settings{ClearSeconds: 90}, Admin{"clearSeconds": 15.0},
			with(func(e *Effective) { e.ClearSeconds, e.Managed.ClearSeconds = 15, true })},
		{"the bounds themselves", message.Settings{}, Admin{"clearSeconds": 5.0},
			with(func(e *Effective) { e.ClearSeconds, e.Managed.ClearSeconds = 5, true })},
		{"the upper bound", message.Settings{}, Admin{"clearSeconds": 600.0},
			with(func(e *Effective) { e.ClearSeconds, e.Managed.ClearSeconds = 600, true })},
		{"below the range: the user's applies", message.Settings{ClearSeconds: 90}, Admin{"clearSeconds": 4.0},
			with(func(e *Effective) { e.ClearSeconds, e.Ignored = 90, []string{"clearSeconds"} })},
		{"above the range: the default applies", message.Settings{}, Admin{"clearSeconds": 601.0},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"a fraction", message.Settings{}, Admin{"clearSeconds": 12.5},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"a string (Firefox does not check types)", message.Settings{ClearSeconds: 60}, Admin{"clearSeconds": "15"},
			with(func(e *Effective) { e.ClearSeconds, e.Ignored = 60, []string{"clearSeconds"} })},
		{"not a number", message.Settings{}, Admin{"clearSeconds": math.NaN()},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"infinity", message.Settings{}, Admin{"clearSeconds": math.Inf(1)},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"an object", message.Settings{}, Admin{"clearSeconds": nil},
			with(func(e *Effective) { e.Ignored = []string{"clearSeconds"} })},
		{"null", message.Settings{}, Admin{"hintsOff": nil},
			with(func(e *Effective) { e.Ignored = []string{"hintsOff"} })},
		{"hints off by the admin", message.Settings{}, Admin{"hintsOff": true},
			with(func(e *Effective) { e.HintsOff, e.Managed.HintsOff = true, true })},
		{"hints on by the admin, off by the user", message.Settings{HintsOff: true}, Admin{"hintsOff": false},
			with(func(e *Effective) { e.Managed.HintsOff = true })},
		{"hints as a string: the user's applies", message.Settings{HintsOff: true}, Admin{"hintsOff": "true"},
			with(func(e *Effective) { e.HintsOff, e.Ignored = true, []string{"hintsOff"} })},
		{"hints as a number", message.Settings{}, Admin{"hintsOff": 1.0},
			with(func(e *Effective) { e.Ignored = []string{"hintsOff"} })},
		{"remember forbidden", message.Settings{}, Admin{"rememberTokenAllowed": false},
			with(func(e *Effective) { e.RememberTokenAllowed, e.Managed.RememberToken = false, true })},
		{"remember allowed explicitly", message.Settings{}, Admin{"rememberTokenAllowed": true},
			with(func(e *Effective) { e.Managed.RememberToken = true })},
		{"remember as a string stays allowed", message.Settings{}, Admin{"rememberTokenAllowed": "false"},
			with(func(e *Effective) { e.Ignored = []string{"rememberTokenAllowed"} })},
		{"login test forbidden", message.Settings{}, Admin{"loginTestAllowed": false},
			with(func(e *Effective) { e.LoginTestAllowed, e.Managed.LoginTest = false, true })},
		{"login test as a number stays allowed", message.Settings{}, Admin{"loginTestAllowed": 0.0},
			with(func(e *Effective) { e.Ignored = []string{"loginTestAllowed"} })},
		{"unknown keys are no concern", message.Settings{}, Admin{"clearSecs": 10.0, "": true}, none},
		{"all at once, one bad", message.Settings{ClearSeconds: 45},
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
	stored := message.Settings{ClearSeconds: 90, HintsOff: true}
	next := message.Settings{ClearSeconds: 15, HintsOff: false}
	for _, c := range []struct {
		m    Managed
		want message.Settings
	}{
		{Managed{}, next},
		{Managed{ClearSeconds: true}, message.Settings{ClearSeconds: 90}},
		{Managed{HintsOff: true}, message.Settings{ClearSeconds: 15, HintsOff: true}},
		{Managed{ClearSeconds: true, HintsOff: true, RememberToken: true}, stored},
	} {
		if got := Keep(stored, next, c.m); got != c.want {
			t.Errorf("Keep(%+v, %+v, %+v) = %+v, want %+v", stored, next, c.m, got, c.want)
		}
	}
}
