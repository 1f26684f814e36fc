package credential_test

import (
	"fmt"

	"tokenhelper/wasm/credential"
)

func ExampleCheck() {
	pasted := "Username: jane@acme.com\r\nSecurity token (case-sensitive): aBcD3fGh1jKlMn0pQrStUvWxY\r\n"
	joined, problems := credential.Check("hunter2!", pasted, credential.ModeToken)
	fmt.Println(joined, len(problems))

	joined, problems = credential.Check("hunter2!", "aBcD3fGh1jKlMn0pQrStUvWxY.", credential.ModeToken)
	fmt.Printf("%q %+v\n", joined, problems)

	joined, _ = credential.Check("hunter2!", "123 456", credential.ModeMFA)
	fmt.Println(joined)
	// Output:
	// hunter2!aBcD3fGh1jKlMn0pQrStUvWxY 0
	// "" [{Field:token Key:credTokenTrailing Args:[.] Warn:false}]
	// hunter2!123456
}

func ExampleExtract() {
	fmt.Println(credential.Extract("  Security token (case-sensitive): aBcD3fGh1jKlMn0pQrStUvWxY "))
	// Output: aBcD3fGh1jKlMn0pQrStUvWxY line
}
