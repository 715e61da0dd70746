module {
  func.func @main(%arg0: !torch.vtensor<[2,16],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,16],i1>) -> (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,8],f32>, !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,16],i1>) attributes {torch.assume_strict_symbolic_shapes} {
    %int1 = torch.constant.int 1
    %false = torch.constant.bool false
    %0 = torch.aten.gather %arg0, %int1, %arg1, %false : !torch.vtensor<[2,16],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.bool -> !torch.vtensor<[2,4],f32>
    %int8 = torch.constant.int 8
    %1 = torch.prim.ListConstruct %int8 : (!torch.int) -> !torch.list<int>
    %2 = torch.aten.view %arg1, %1 : !torch.vtensor<[2,4],si64>, !torch.list<int> -> !torch.vtensor<[8],si64>
    %3 = torch.vtensor.literal(dense_resource<torch_tensor_20_8_torch.float32> : tensor<20x8xf32>) : !torch.vtensor<[20,8],f32>
    %int0 = torch.constant.int 0
    %4 = torch.aten.index_select %3, %int0, %2 : !torch.vtensor<[20,8],f32>, !torch.int, !torch.vtensor<[8],si64> -> !torch.vtensor<[8,8],f32>
    %int2 = torch.constant.int 2
    %int4 = torch.constant.int 4
    %int8_0 = torch.constant.int 8
    %5 = torch.prim.ListConstruct %int2, %int4, %int8_0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.view %4, %5 : !torch.vtensor<[8,8],f32>, !torch.list<int> -> !torch.vtensor<[2,4,8],f32>
    %int1_1 = torch.constant.int 1
    %7 = torch.prim.ListConstruct %int1_1 : (!torch.int) -> !torch.list<int>
    %false_2 = torch.constant.bool false
    %none = torch.constant.none
    %8 = torch.aten.sum.dim_IntList %6, %7, %false_2, %none : !torch.vtensor<[2,4,8],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,8],f32>
    %int0_3 = torch.constant.int 0
    %none_4 = torch.constant.none
    %none_5 = torch.constant.none
    %none_6 = torch.constant.none
    %false_7 = torch.constant.bool false
    %int1_8 = torch.constant.int 1
    %9 = torch.aten.full_like %arg0, %int0_3, %none_4, %none_5, %none_6, %false_7, %int1_8 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.int -> !torch.vtensor<[2,16],f32>
    %int1_9 = torch.constant.int 1
    %10 = torch.aten.scatter_add %9, %int1_9, %arg1, %0 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,16],f32>
    %int1_10 = torch.constant.int 1
    %int0_11 = torch.constant.int 0
    %int1_12 = torch.constant.int 1
    %int1_13 = torch.constant.int 1
    %11 = torch.aten.slice.Tensor %arg1, %int1_10, %int0_11, %int1_12, %int1_13 : !torch.vtensor<[2,4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,1],si64>
    %int1_14 = torch.constant.int 1
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    %12 = torch.aten.scatter.value %arg0, %int1_14, %11, %float-1.000000e00 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.vtensor<[2,1],si64>, !torch.float -> !torch.vtensor<[2,16],f32>
    %13 = torch.aten.bitwise_not %arg2 : !torch.vtensor<[2,16],i1> -> !torch.vtensor<[2,16],i1>
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %int6 = torch.constant.int 6
    %int0_15 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %none_16 = torch.constant.none
    %14 = torch.aten.scalar_tensor %float0.000000e00, %int6, %int0_15, %cpu, %none_16 : !torch.float, !torch.int, !torch.int, !torch.Device, !torch.none -> !torch.vtensor<[],f32>
    %15 = torch.aten.where.self %13, %14, %arg0 : !torch.vtensor<[2,16],i1>, !torch.vtensor<[],f32>, !torch.vtensor<[2,16],f32> -> !torch.vtensor<[2,16],f32>
    %int2_17 = torch.constant.int 2
    %16 = torch.aten.mul.Scalar %arg0, %int2_17 : !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],f32>
    %17 = torch.aten.where.self %arg2, %arg0, %16 : !torch.vtensor<[2,16],i1>, !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],f32> -> !torch.vtensor<[2,16],f32>
    %none_18 = torch.constant.none
    %none_19 = torch.constant.none
    %int11 = torch.constant.int 11
    %cpu_20 = torch.constant.device "cpu"
    %int0_21 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %arg2, %none_18, %none_19, %int11, %cpu_20, %int0_21 : !torch.vtensor<[2,16],i1>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int4_22 = torch.constant.int 4
    %none_23 = torch.constant.none
    %none_24 = torch.constant.none
    %none_25 = torch.constant.none
    %false_26 = torch.constant.bool false
    %none_27 = torch.constant.none
    %18 = torch.aten._to_copy %arg2, %int4_22, %none_23, %none_24, %none_25, %false_26, %none_27 : !torch.vtensor<[2,16],i1>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[2,16],si64>
    %int-1 = torch.constant.int -1
    %none_28 = torch.constant.none
    %19 = torch.aten.cumsum %18, %int-1, %none_28 : !torch.vtensor<[2,16],si64>, !torch.int, !torch.none -> !torch.vtensor<[2,16],si64>
    %int-1_29 = torch.constant.int -1
    %false_30 = torch.constant.bool false
    %20 = torch.aten.argmax %15, %int-1_29, %false_30 : !torch.vtensor<[2,16],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2],si64>
    %int0_31 = torch.constant.int 0
    %21 = torch.aten.gt.Scalar %arg0, %int0_31 : !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],i1>
    %22 = torch.aten.bitwise_and.Tensor %21, %arg2 : !torch.vtensor<[2,16],i1>, !torch.vtensor<[2,16],i1> -> !torch.vtensor<[2,16],i1>
    %int1_32 = torch.constant.int 1
    %int1_33 = torch.constant.int 1
    %23 = torch.aten.add.Scalar %0, %int1_32, %int1_33 : !torch.vtensor<[2,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
    %int1_34 = torch.constant.int 1
    %24 = torch.aten.add.Tensor %10, %12, %int1_34 : !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],f32>
    %int1_35 = torch.constant.int 1
    %25 = torch.aten.add.Tensor %24, %17, %int1_35 : !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],f32>, !torch.int -> !torch.vtensor<[2,16],f32>
    return %23, %8, %25, %19, %20, %22 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,8],f32>, !torch.vtensor<[2,16],f32>, !torch.vtensor<[2,16],si64>, !torch.vtensor<[2],si64>, !torch.vtensor<[2,16],i1>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_20_8_torch.float32: "0x0400000062FE533EB8DDD5BFB02917C0AC2B37BF7B0BE3BE429DF4BEA58BB23F2DDC24BF1737BCBE85794ABD4332C43FE44D803FE68CEFBE479DA63C1F180A3F92DD2F3FBBB85E3F00828A3EAE1B243FFA87614084E7B73D3439383E86F83F3E2A9A963E277CD13F6056D5BEA46A843F737CC23F405F5F3E0BBD1CC05C98043E35C9813E99C89E3F3DE9983E64C74C3FE487263C90F88FBEDEE698BD672BE83F7B7E2EBF54070E3F65D0B63EA8019EBE282385BEC039283E4A4D8E3E81ED83BF077E05BF3C40B23F756CCEBEDDE907BFEAA3293FDE9847BF3849B23EE988403FCEA14ABFA0127DBFD7B26A3FA8FDBA3FF959A0BF240A4F3F93E34E3F66A1C53EAEBBA5BF0FAB6DBF706462BFC478BA3EA6AEDD3F24D8AF3E7BCD363ECB5313BFEAE0883F5B34D23FBEC9C63E537B8C3E8C28C2BE1E8418BEC887AEBF7CBA8DBD2505B93ED2325EBF4D040440C57AED3E18C33DC03AF0A63DA33232BFB9DD1BBFD5560E3FA10DD13EDEAE5E3F9E262B3F7AA6AD3D329528BEFEFECABEB44736BE11C958BE7A1AA0BF931E61BEC280A43D43AD2E3E266A3FBF3A53003E1D5EB7BF51B148BFF77E973FFBE21C3E5932A0BFA34848BF4754A73F57A678BF89575ABEB01F0F3E1F2AA0BF8EEAB2BFC9E94C3F98A33E405688423F936209C076E14CBFAF9DF6BE2D672BBF68F4AABFC81DD2BD8D8C06BFB6CB45BE0D7EA5BFC0ED01BF969548BEB574E23E32FF103D049D1C3E2CE97EBFD6B8C0BC9BEB0BC036D8B23E281FBEBEBF6C1E4062FD8C3F1C32B73FB298E6BFA8C487BE397EC43F21B63A3E8EE83E3F8B4418C084291C3CFBCEFE3E3E2C973FE0FA213E69EE9CBE91B2C63EA47E303F5C4199BE549AB63F0DE2663EC374693F44B21EBF1B3A84BFCBCF2F3D41F01F3F"
    }
  }
#-}
