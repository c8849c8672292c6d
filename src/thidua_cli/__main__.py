from thidua_cli.cli import main

main()
